require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 426
    json message: 'Upgrade Required'
end
