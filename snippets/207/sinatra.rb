require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 207
    json message: 'Multi-Status'
end
