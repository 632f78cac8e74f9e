require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 406
    json message: 'Not Acceptable'
end
